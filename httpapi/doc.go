// Package httpapi serves the actor graph over HTTP: the GraphQL endpoint
// (gqlgen's handler over package resolvers, with its transports and the
// limits on what one request may cost: depth, shape, complexity, strict
// variables), the schema's SDL, the /export downloads, the health check and
// Prometheus metrics, and around them what a server on a network needs:
// CORS, the write token, per-client rate limits and the in-flight cap, and
// the websocket guard. Resolvers hold no HTTP concern; this package holds
// no query logic.
package httpapi
