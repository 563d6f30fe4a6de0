package article

import "strings"

// PublishedDate reads a publication date as feeds, exports and page
// metadata write it: ISO 8601 ("2031-05-12", "2031-05-12T06:00:00+02:00"),
// RFC 822 and 1123 ("Mon, 12 May 2031 06:00:00 GMT"), or a written date
// ("May 12, 2031", "12 May 2031"). It returns the date as YYYY-MM-DD, and
// false when s holds no full date. The date is the one written, in the
// writer's time zone: a time near midnight is not moved to UTC.
func PublishedDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	return lineDate(s)
}
