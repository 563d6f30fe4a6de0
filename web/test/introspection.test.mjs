// GraphQL clients against the real server, the way they talk to it:
// graphql-js's standard introspection query (what GraphiQL, Apollo,
// Altair, Postman and graphql-codegen send) turned into a client schema,
// and that schema round-tripped against the SDL served at /schema.graphql.
//
//   node --test test/            (from web/; make test-web runs it)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  GraphQLSchema, buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema,
} from 'graphql';
import { startServer, stopServer } from '../scripts/test-server.mjs';

let server;
let base;

before(async () => {
  ({ child: server, base } = await startServer());
});

after(() => stopServer(server));

async function introspect(options) {
  const res = await fetch(base + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery(options), operationName: 'IntrospectionQuery' }),
  });
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return buildClientSchema(body.data);
}

async function servedSchema() {
  const res = await fetch(base + '/schema.graphql');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/graphql/);
  return buildSchema(await res.text());
}

const print = (schema) => printSchema(lexicographicSortSchema(schema));

// What GraphiQL 4 and graphql-codegen ask for on top of the defaults.
const everything = {
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true,
};

test('the standard introspection query builds a client schema with every root field', async () => {
  const schema = await introspect();
  for (const [root, field] of [['Query', 'actor'], ['Query', 'paths'], ['Mutation', 'ingestArticle'], ['Subscription', 'graphChanged']]) {
    assert.ok(schema.getType(root)?.getFields()[field], `${root}.${field}`);
  }
  const served = await servedSchema();
  // the default query does not ask for the schema's own description
  assert.equal(print(schema), print(new GraphQLSchema({ ...served.toConfig(), description: undefined })));
});

test('codegen round trip: introspection with every option prints the SDL at /schema.graphql', async () => {
  const schema = await introspect(everything);
  assert.ok(schema.description, 'the schema has its description');
  assert.equal(print(schema), print(await servedSchema()));
});
