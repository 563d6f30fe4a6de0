# Writes the abuse corpus of httpapi/abuse_test.go: one .http file per
# malformed or hostile request. Run from anywhere: python3 generate.py.
# The files are what is reviewed and tested; this only saves typing them.
import json, os
D = os.path.dirname(os.path.abspath(__file__))
for f in os.listdir(D):
    if f.endswith('.http'):
        os.remove(os.path.join(D, f))
n = 0
def write(name, comment, body, method='POST', path='/graphql', headers=None, want=None):
    global n
    n += 1
    if headers is None:
        headers = {'Content-Type': 'application/json'}
    lines = ['# ' + l for l in comment.split('\n')]
    if want:
        lines.append('# want: ' + want)
    lines.append(f'{method} {path}')
    for k, v in headers.items():
        lines.append(f'{k}: {v}')
    lines.append('')
    text = '\n'.join(lines) + '\n' + body + ('\n' if body else '')
    with open(os.path.join(D, name + '.http'), 'w', encoding='utf-8', errors='surrogateescape', newline='') as fh:
        fh.write(text)

import re
ACT = re.compile(r'\{%(.*?)%\}')
def protect(text):
    acts = []
    def sub(m):
        acts.append(m.group(0).replace('"', '`'))
        return '\x01%d\x01' % (len(acts) - 1)
    return ACT.sub(sub, text), acts
def restore(text, acts):
    return re.sub(r'\\u0001(\d+)\\u0001', lambda m: acts[int(m.group(1))], text)

def gql(name, comment, query, want=None, variables=None, op=None, headers=None, extra=None):
    query, acts = protect(query)
    if op is not None:
        op, acts2 = protect(op.replace('{%', '{%'))
    else:
        acts2 = []
    body = {'query': query}
    if variables is not None:
        body['variables'] = variables
    if op is not None:
        body['operationName'] = op
    if extra:
        body.update(extra)
    text = json.dumps(body, ensure_ascii=False)
    text = restore(text, acts) if not acts2 else re.sub(r'\\u0001(\d+)\\u0001', lambda m: acts2[int(m.group(1))], text, count=0) if not acts else restore(text, acts)
    write(name, comment, text, headers=headers, want=want)

P, V, T = 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'
auth = {'Content-Type': 'application/json', 'Authorization': 'Bearer {% token %}'}

# --- syntax errors
gql('syntax_unclosed_brace', 'a selection that never closes', '{ articles { id }', P)
gql('syntax_extra_brace', 'one closing brace too many', '{ articles { id } } }', P)
gql('syntax_empty_argument', 'an argument without a value', '{ actor(name: ) { id } }', P)
gql('syntax_unterminated_string', 'a string that never ends', '{ actor(name: "Peskov) { id } }', P)
gql('syntax_bad_escape', 'an invalid escape in a string', r'{ actor(name: "\q") { id } }', P)
gql('syntax_bad_unicode_escape', 'an invalid unicode escape', r'{ actor(name: "\uZZZZ") { id } }', P)
gql('syntax_stray_chars', 'characters GraphQL does not know', '{ @@ articles %% }', P)
gql('syntax_number_as_field', 'a number where a field goes', '{ 123 }', P)
gql('syntax_keyword_only', 'the keyword mutation and nothing else', 'mutation', P)
gql('syntax_query_query', 'operation keywords repeated', 'query query query', P)
gql('syntax_empty_query', 'an empty query string', '', None)
gql('syntax_whitespace_query', 'a query of white space only', '   \n\t  ', None)
gql('syntax_comment_only', 'a query that is only a comment', '# nothing here', None)
gql('syntax_bom', 'a byte order mark and garbage', '\ufeff{ articles { id } ', P)
gql('syntax_unicode_garbage', 'random Unicode', 'ℤ∮ ☃ { 𝔞𝔯𝔱 }', P)
gql('syntax_block_string_unclosed', 'a block string that never ends', '{ search(query: """abc) { id } }', P)
gql('syntax_variable_no_type', 'a variable declared without a type', 'query($a) { articles { id } }', P)
gql('syntax_fragment_no_type', 'a fragment without a type condition', '{ ...F } fragment F { id }', P)
gql('syntax_1mb_open_braces', 'a body just under the limit of opening braces: parser recursion', '{% repeat "{" 900000 %}', P)
gql('syntax_many_tokens', '300000 tokens: the parser token limit', '{ articles { {% repeat "id " 300000 %} } }', P)

# --- deep nesting
deep = lambda k: '{ actor(name: "Peskov") { ' + 'relations { subject { ... on Actor { ' * k + 'name' + ' } } }' * k + ' } }'
gql('deep_14_levels', 'relations of subjects six times over: deeper than 12', deep(6), 'QUERY_TOO_DEEP')
gql('deep_60_levels', 'twenty times relations of subjects', deep(20), 'QUERY_TOO_DEEP')
gql('deep_300_levels', 'a hundred times relations of subjects', deep(100), 'QUERY_TOO_DEEP')
gql('deep_braces_10000', 'ten thousand nested selections of an unknown field', '{% repeat "{ a " 10000 %}{% repeat "}" 10000 %}', None)
gql('deep_list_argument', 'ten thousand nested lists in an argument', '{ search(query: "a", types: {% repeat "[" 10000 %}PERSON{% repeat "]" 10000 %}) { id } }', None)
gql('deep_input_object', 'ten thousand nested input objects', '{ relations(filter: {% repeat "{a: " 10000 %}1{% repeat "}" 10000 %}) { totalCount } }', None)
gql('deep_inline_fragments', 'a thousand nested inline fragments around an unknown field', '{ {% repeat "... on Query { " 1000 %}articles { id nope }{% repeat " }" 1000 %} }', V)
frags = ''.join(f'fragment F{i} on Actor {{ relations {{ subject {{ ...F{i+1} }} }} }} ' for i in range(30)) + 'fragment F30 on Actor { name }'
gql('deep_fragment_chain', 'thirty fragments each one level deeper', '{ actor(name: "Peskov") { ...F0 } } ' + frags, 'QUERY_TOO_DEEP')
gql('deep_variables_json', 'variables nested ten thousand deep', 'query($f: RelationFilter) { relations(filter: $f) { totalCount } }', None,
    variables=None, extra=None)
# replace last with a raw body: JSON nesting in variables
write('deep_variables_json', 'variables nested ten thousand deep in JSON',
      '{"query": "query($f: RelationFilter) { relations(filter: $f) { totalCount } }", "variables": {"f": {% repeat "{\\"a\\": " 10000 %}1{% repeat "}" 10000 %}}}')
write('deep_json_arrays', 'a JSON body of 100000 nested arrays', '{% repeat "[" 100000 %}{% repeat "]" 100000 %}', want='BAD_REQUEST')

# --- huge first and limits
gql('first_huge_search', 'search with first: 100000', '{ search(query: "a", first: 100000) { id } }', T)
gql('first_huge_relations', 'relations with first: 1000000', '{ relations(first: 1000000) { totalCount } }', T)
gql('first_negative', 'a negative page size', '{ relations(first: -1) { totalCount } }', T)
gql('first_negative_statements', 'a negative page of statements', '{ statements(first: -5) { edges { node { text } } } }', T)
gql('first_int_overflow', 'first beyond 32 bits', '{ relations(first: 2147483648) { totalCount } }', None)
gql('first_huge_number', 'first of a hundred digits', '{ relations(first: 1' + '0' * 100 + ') { totalCount } }', None)
gql('first_float', 'first as a float', '{ relations(first: 1e100) { totalCount } }', None)
gql('first_string', 'first as a string', '{ relations(first: "10") { totalCount } }', V)
gql('paths_max_length_huge', 'paths of length up to 1000', '{ paths(from: "Karasin", to: "Witkoff", maxLength: 1000) { length } }', T)
gql('neighborhood_depth_huge', 'a neighborhood of depth 99', '{ neighborhood(actor: "Peskov", depth: 99) { truncated } }', T)
gql('neighborhood_limit_huge', 'a neighborhood of a billion nodes', '{ neighborhood(actor: "Peskov", limit: 1000000000) { truncated } }', T)
gql('after_garbage_cursor', 'a cursor that is not one', '{ relations(first: 5, after: "not-a-cursor!!") { totalCount } }', T)
gql('after_huge_cursor', 'a cursor of 500 kB', '{ relations(first: 5, after: "{% repeat "QUFB" 125000 %}") { totalCount } }', None)

# --- alias bombs
gql('alias_bomb_actor_300', '300 aliased actor look-ups with relations', 'query($n: String!) { {% aliases 300 "actor(name: $n) { relations { evidence { sentence } } }" %} }', 'COMPLEXITY_LIMIT_EXCEEDED', variables={'n': 'Peskov'})
gql('alias_bomb_typename_5000', '5000 aliases of __typename', '{ {% aliases 5000 "__typename" %} }', None)
gql('alias_bomb_search', '600 searches of 100 results', 'query($q: String!) { {% aliases 600 "search(query: $q, first: 100) { id name aliases }" %} }', 'COMPLEXITY_LIMIT_EXCEEDED', variables={'q': 'a'})
gql('alias_bomb_articles_sentences', '1000 copies of every article with its sentences', '{ {% aliases 1000 "articles { id sentences { text } }" %} }', 'COMPLEXITY_LIMIT_EXCEEDED')
gql('alias_bomb_stats', '2000 copies of the stats, which read every quad', '{ {% aliases 2000 "stats { quads articles }" %} }', 'COMPLEXITY_LIMIT_EXCEEDED')
gql('alias_bomb_neighborhood_narrow', '400 neighborhoods of depth 3 asking one field each', 'query($n: String!) { {% aliases 400 "neighborhood(actor: $n, depth: 3, limit: 500) { truncated }" %} }', 'COMPLEXITY_LIMIT_EXCEEDED', variables={'n': 'Peskov'})
gql('alias_bomb_stats_narrow', '900 stats, each a scan of every quad', '{ {% aliases 900 "stats { quads }" %} }', 'COMPLEXITY_LIMIT_EXCEEDED')
gql('alias_bomb_paths_narrow', '300 path searches of 6 steps asking one field each', 'query($a: String!, $b: String!) { {% aliases 300 "paths(from: $a, to: $b, maxLength: 6) { length }" %} }', 'COMPLEXITY_LIMIT_EXCEEDED', variables={'a': 'Karasin', 'b': 'Witkoff'})
gql('alias_conflict', 'one alias for two different fields', '{ a: articles { id } a: search(query: "x") { id } }', V)
gql('alias_bomb_fragment_fanout', 'a fragment of 50 aliases spread 50 times',
    '{ ' + ' '.join(f'b{i}: actor(name: "Peskov") {{ ...F }}' for i in range(50)) + ' } fragment F on Actor { {% aliases 50 "name" %} }', None)
gql('alias_bomb_neighborhood', '500 neighborhoods of depth 3', 'query($n: String!) { {% aliases 500 "neighborhood(actor: $n, depth: 3, limit: 500) { nodes { id } edges { id } }" %} }', 'COMPLEXITY_LIMIT_EXCEEDED', variables={'n': 'Peskov'})
gql('alias_bomb_paths', '600 path searches', 'query($a: String!, $b: String!) { {% aliases 600 "paths(from: $a, to: $b, maxLength: 6) { length steps { predicate } }" %} }', 'COMPLEXITY_LIMIT_EXCEEDED', variables={'a': 'Karasin', 'b': 'Witkoff'})

# --- fragments
gql('fragment_self_cycle', 'a fragment that spreads itself', '{ ...A } fragment A on Query { ...A }', V)
gql('fragment_two_cycle', 'two fragments that spread each other', '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }', V)
gql('fragment_long_cycle', 'a cycle of 100 fragments', '{ ...F0 } ' + ''.join(f'fragment F{i} on Query {{ articles {{ id }} ...F{(i+1)%100} }} ' for i in range(100)), V)
gql('fragment_cycle_inline', 'a cycle through an inline fragment', '{ ...A } fragment A on Query { ... on Query { ...A } }', V)
gql('fragment_unknown', 'a spread of a fragment that does not exist', '{ ...Nope }', V)
gql('fragment_unused', 'a fragment defined and never used', '{ articles { id } } fragment U on Query { articles { id } }', V)
gql('fragment_unknown_type', 'a fragment on a type that does not exist', '{ ...F } fragment F on Nope { id }', V)
gql('fragment_wrong_type', 'a fragment on a type that cannot apply', '{ ...F } fragment F on Article { id }', V)
fan = ''.join(f'fragment F{i} on Query {{ ...F{i+1} ...F{i+1} }} ' for i in range(30)) + 'fragment F30 on Query { articles { id } }'
gql('fragment_fanout_billion', 'thirty fragments each spreading the next twice: 2^30 spreads', '{ ...F0 } ' + fan, None)
fan2 = ''.join(f'fragment G{i} on Query {{ {" ".join(f"...G{i+1}" for _ in range(10))} }} ' for i in range(8)) + 'fragment G8 on Query { __typename }'
gql('fragment_fanout_wide', 'eight fragments each spreading the next ten times: 10^8 spreads', '{ ...G0 } ' + fan2, None)
fan3 = ''.join(f'fragment H{i} on Actor {{ a: relations {{ subject {{ ...H{i+1} }} }} b: relations {{ object {{ ...H{i+1} }} }} }} ' for i in range(10)) + 'fragment H10 on Actor { name }'
gql('fragment_fanout_deep', 'fragments that double at every level of nesting', '{ actor(name: "Peskov") { ...H0 } }' + fan3, None)
gql('fragment_duplicate_name', 'two fragments with one name', '{ ...A } fragment A on Query { articles { id } } fragment A on Query { stats { quads } }', V)

# --- oversized
write('oversized_content_length', 'a 2 MiB body, its length announced', '{"query": "{ articles { id } }", "pad": "{% repeat "x" 2097152 %}"}', want='REQUEST_TOO_LARGE')
write('oversized_chunked', 'a 2 MiB body sent chunked, its length unannounced', '{"query": "{ articles { id } }", "pad": "{% repeat "x" 2097152 %}"}',
      headers={'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked'}, want='REQUEST_TOO_LARGE')
write('oversized_get_url', 'a GET with a 64 kB query string', '', method='GET', path='/graphql?query={% repeat "%7B" 20000 %}', headers={}, want=None)
gql('oversized_whitespace', '900 kB of white space around a valid field, one token', '{ articles { id } {% repeat " " 900000 %} nope }', V)
gql('oversized_variables', '900 kB of variables nobody declared', '{ articles { id } }', None, variables={'pad': 'x' * 1000}, extra=None)
write('oversized_variables', '900 kB of variables nobody declared', '{"query": "{ articles { id } nope }", "variables": {"pad": "{% repeat "x" 900000 %}"}}', want=V)

# --- variables
gql('var_int_given_string', 'an Int variable given a string', 'query($n: Int) { relations(first: $n) { totalCount } }', V, variables={'n': 'abc'})
gql('var_int_given_float', 'an Int variable given 1.5', 'query($n: Int) { relations(first: $n) { totalCount } }', V, variables={'n': 1.5})
gql('var_required_missing', 'a required variable not given', 'query($q: String!) { search(query: $q) { id } }', V, variables={})
gql('var_null_to_required', 'null for a required variable', 'query($q: String!) { search(query: $q) { id } }', V, variables={'q': None})
gql('var_unknown_type', 'a variable of a type that does not exist', 'query($q: Nope) { search(query: $q) { id } }', V, variables={'q': 1})
write('var_not_object', 'variables as a JSON array', '{"query": "{ articles { id } }", "variables": [1, 2, 3]}', want='BAD_REQUEST')
write('var_string', 'variables as a JSON string', '{"query": "{ articles { id } }", "variables": "{}"}', want='BAD_REQUEST')
gql('var_unused', 'a variable declared and not used', 'query($q: String) { articles { id } }', V, variables={'q': 'x'})
gql('var_undeclared', 'a variable used and not declared', '{ search(query: $q) { id } }', V, variables={'q': 'x'})
gql('var_input_unknown_field', 'an input object with an unknown field', 'query($f: RelationFilter) { relations(filter: $f) { totalCount } }', V, variables={'f': {'nope': 1}})
gql('var_enum_invalid', 'an enum value that does not exist', 'query($t: [NodeType!]) { search(query: "a", types: $t) { id } }', V, variables={'t': ['ALIEN']})
gql('var_list_given_object', 'a list variable given an object', 'query($t: [NodeType!]) { search(query: "a", types: $t) { id } }', V, variables={'t': {'a': 1}})
gql('var_huge_int', 'an Int variable of forty digits', 'query($n: Int) { relations(first: $n) { totalCount } }', V, variables={'n': 10**40})
gql('var_10000_declared', 'ten thousand variables declared', 'query({% range $i := seq 10000 %}$v{% $i %}: Int {% end %}) { articles { id } }', None)
gql('var_inline_enum_string', 'an enum given as a string literal', '{ search(query: "a", types: ["PERSON"]) { id } }', V)

# --- unknown fields and arguments
gql('unknown_root_field', 'a field the schema does not have', '{ passwords }', V)
gql('unknown_nested_field', 'an unknown field inside a known one', '{ articles { id secret } }', V)
gql('unknown_argument', 'an argument the field does not take', '{ articles(limit: 5) { id } }', V)
gql('selection_on_scalar', 'a selection on a scalar', '{ articles { id { x } } }', V)
gql('missing_selection', 'an object field without a selection', '{ articles }', V)
gql('unknown_directive', 'a directive the schema does not have', '{ articles @evil { id } }', V)
gql('directive_bad_arg', '@skip given a string', '{ articles @skip(if: "yes") { id } }', V)
gql('directive_missing_arg', '@include without if', '{ articles @include { id } }', V)
gql('directive_flood', 'ten thousand directives on one field', '{ articles {% repeat "@skip(if: false) " 10000 %} { id } }', None)
gql('unknown_typename_type', '__type of a 500 kB name', '{ __type(name: "{% repeat "T" 500000 %}") { name } nope }', V)
gql('missing_required_argument', 'actor without its name', '{ actor { id } }', V)
gql('wrong_argument_type', 'a number where a string goes', '{ actor(name: 42) { id } }', V)

# --- batching and operations
write('batch_1000_operations', 'a JSON array of 1000 operations', '[{% range $i := seq 1000 %}{"query": "{ articles { id } }"},{% end %}{"query": "{ articles { id } }"}]', want='BAD_REQUEST')
write('batch_one_operation', 'a JSON array of one operation', '[{"query": "{ articles { id } }"}]', want='BAD_REQUEST')
write('batch_nested_arrays', 'arrays of arrays of operations', '[[{"query": "{ articles { id } }"}], [{"query": "{ stats { quads } }"}]]', want='BAD_REQUEST')
write('batch_query_array', 'the query field as an array', '{"query": ["{ articles { id } }", "{ stats { quads } }"]}', want='BAD_REQUEST')
gql('ops_many_no_name', 'two operations and no operationName', 'query A { articles { id } } query B { stats { quads } }', V)
gql('ops_name_not_found', 'an operationName not in the document', 'query A { articles { id } }', V, op='B')
gql('ops_1000_in_document', 'a thousand operations in one document', '{% range $i := seq 1000 %}query Q{% $i %} { articles { id } } {% end %}', V, op='Q999x')
gql('ops_huge_name', 'an operationName of 500 kB', 'query A { articles { id } }', V, op='{% repeat "B" 500000 %}')
gql('ops_duplicate_names', 'two operations with one name', 'query A { articles { id } } query A { stats { quads } }', V, op='A')
gql('ops_anonymous_and_named', 'an anonymous operation beside a named one', '{ articles { id } } query A { stats { quads } }', V)

# --- invalid JSON
write('json_truncated', 'a body cut short', '{"query": "{ articles { id } }"', want='BAD_REQUEST')
write('json_trailing_garbage', 'garbage after an invalid query', '{"query": "{ articles { id } nope }"} trailing', want=None)
write('json_single_quotes', 'JavaScript-style quotes', "{'query': '{ articles { id } }'}", want='BAD_REQUEST')
write('json_nan', 'NaN as a variable value', '{"query": "query($n: Int) { relations(first: $n) { totalCount } }", "variables": {"n": NaN}}', want='BAD_REQUEST')
write('json_control_chars', 'raw control characters inside a JSON string', '{"query": "{ articles \x01\x02 { id } }"}', want='BAD_REQUEST')
write('json_invalid_utf8', 'bytes that are not UTF-8 in an unknown field', '{"query": "{ search(query: \\"\udcff\udcfe\\") { id \udcff } }"}', want=None)
write('json_empty_body', 'an empty body', '', want='BAD_REQUEST')
write('json_null', 'the JSON literal null', 'null', want=None)
write('json_number', 'a JSON number', '42', want='BAD_REQUEST')
write('json_query_number', 'the query as a number', '{"query": 42}', want='BAD_REQUEST')
write('json_query_null', 'the query as null', '{"query": null}', want=None)
write('json_huge_number', 'a number of 100000 digits in the variables', '{"query": "query($n: Int) { relations(first: $n) { totalCount } }", "variables": {"n": 1{% repeat "0" 100000 %}}}', want=None)
write('json_duplicate_keys', 'the query key twice, the second an attack', '{"query": "{ articles { id } }", "query": "{ nope }"}', want=V)
write('json_extensions_garbage', 'extensions that are not an object', '{"query": "{ articles { id } }", "extensions": "persisted"}', want='BAD_REQUEST')
write('json_persisted_query', 'a persisted-query hash without a query', '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}', want=None)

# --- content types and methods
write('ctype_text_plain', 'a query sent as text/plain (a CSRF vector)', '{"query": "{ articles { id } }"}', headers={'Content-Type': 'text/plain'}, want='BAD_REQUEST')
write('ctype_form', 'a form post (a CSRF vector)', 'query=%7B+articles+%7B+id+%7D+%7D', headers={'Content-Type': 'application/x-www-form-urlencoded'}, want='BAD_REQUEST')
write('ctype_multipart', 'a multipart upload', '--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query": "{ articles { id } }"}\r\n--b--', headers={'Content-Type': 'multipart/form-data; boundary=b'}, want='BAD_REQUEST')
write('ctype_graphql', 'the application/graphql media type', '{ articles { id } }', headers={'Content-Type': 'application/graphql'}, want='BAD_REQUEST')
write('ctype_missing', 'no content type', '{"query": "{ articles { id } }"}', headers={}, want='BAD_REQUEST')
write('ctype_xml', 'an XML body', '<query>{ articles { id } }</query>', headers={'Content-Type': 'application/xml'}, want='BAD_REQUEST')
write('ctype_malformed', 'a content type that does not parse', '{"query": "{ articles { id } }"}', headers={'Content-Type': 'application/json; ;; charset'}, want='BAD_REQUEST')
write('method_put', 'PUT', '{"query": "{ articles { id } }"}', method='PUT', want='BAD_REQUEST')
write('method_delete', 'DELETE', '', method='DELETE', headers={}, want='BAD_REQUEST')
write('method_patch', 'PATCH', '{"query": "{ articles { id } }"}', method='PATCH', want='BAD_REQUEST')
write('get_no_query', 'GET without a query', '', method='GET', headers={}, want=None)
write('get_bad_percent', 'GET with a broken percent-encoding', '', method='GET', path='/graphql?query=%7B%ZZ', headers={}, want='BAD_REQUEST')
write('get_bad_variables', 'GET with variables that are not JSON', '', method='GET', path='/graphql?query=%7B+articles+%7B+id+%7D+%7D&variables=%7Bnope', headers={}, want='BAD_REQUEST')

# --- GET with mutations
write('get_mutation', 'a mutation over GET (a CSRF vector)', '', method='GET', path='/graphql?query=mutation+%7B+deleteArticle(id:+%22x%22)+%7B+removedQuads+%7D+%7D', headers={}, want='UNAUTHENTICATED')
write('get_mutation_with_token', 'a mutation over GET with the token', '', method='GET', path='/graphql?query=mutation+%7B+deleteArticle(id:+%22x%22)+%7B+removedQuads+%7D+%7D', headers={'Authorization': 'Bearer {% token %}'}, want='BAD_REQUEST')
write('get_subscription', 'a subscription over GET', '', method='GET', path='/graphql?query=subscription+%7B+graphChanged+%7B+kind+%7D+%7D', headers={}, want='BAD_REQUEST')
write('get_mutation_operation_name', 'a GET that names a mutation among queries', '', method='GET', path='/graphql?query=query+A+%7B+articles+%7B+id+%7D+%7D+mutation+B+%7B+deleteArticle(id:+%22x%22)+%7B+removedQuads+%7D+%7D&operationName=B', headers={'Authorization': 'Bearer {% token %}'}, want='BAD_REQUEST')

# --- introspection floods
INTRO = '__schema { types { name kind fields(includeDeprecated: true) { name args { name type { name kind ofType { name kind ofType { name kind } } } } type { name kind ofType { name kind ofType { name kind } } } } } }'
gql('introspection_flood_50', '50 full introspections in one request', '{ {% aliases 50 "' + INTRO + '" %} }', 'COMPLEXITY_LIMIT_EXCEEDED')
gql('introspection_flood_types', '1000 aliases of the type list', '{ {% aliases 1000 "__schema { types { name fields { name } } }" %} }', 'COMPLEXITY_LIMIT_EXCEEDED')
gql('introspection_deep_oftype', 'ofType nested 100 deep', '{ __schema { types { {% repeat "ofType { " 100 %}name{% repeat " }" 100 %} } } }', 'QUERY_TOO_DEEP')
gql('introspection_type_flood', '200 __type look-ups', 'query($t: String!) { {% aliases 200 "__type(name: $t) { name fields { name } }" %} }', 'COMPLEXITY_LIMIT_EXCEEDED', variables={'t': 'Actor'})
gql('introspection_typename_fragments', '__typename through 1000 inline fragments', '{ {% repeat "... on Query { __typename } " 1000 %} nope }', V)

# --- huge strings in arguments
gql('huge_search_string', 'a search for a 900 kB string', '{ search(query: "{% repeat "zelensk" 128000 %}") { id } }', T)
gql('huge_actor_name', 'an actor named with 900 kB', '{ actor(name: "{% repeat "Peskov " 140000 %}") { id } }', T)
gql('huge_paths_names', 'a path between two 400 kB names', '{ paths(from: "{% repeat "a" 400000 %}", to: "{% repeat "b" 400000 %}") { length } }', T)
write('huge_ingest_nul_title_with_token', 'an article of 500 kB whose title holds a NUL byte, with the token',
      '{"query": "mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { facts } }", "variables": {"in": {"title": "a\\u0000b", "text": "{% repeat "Norlandic spokeswoman Ilse Varga said talks would resume. " 8000 %}"}}}', headers=auth, want=T)
write('huge_ingest_source', 'an article whose source is 500 kB, with the token',
      '{"query": "mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { facts } }", "variables": {"in": {"text": "Varga said talks would resume.", "source": "{% repeat "x" 500000 %}"}}}', headers=auth, want=T)
gql('huge_statement_contains', 'statements containing a 900 kB string', '{ statements(contains: "{% repeat "x" 900000 %}") { totalCount } }', T)
gql('huge_node_id', 'a node of a 900 kB id', '{ node(id: "{% repeat "person:" 120000 %}") { id } }', T)
gql('huge_timeline_actor', 'a timeline of a 900 kB name', '{ timeline(actor: "{% repeat "R" 900000 %}") { name } }', T)

# --- null bytes
gql('nul_in_query', 'a NUL byte in the query text', '{ articles \x00 { id } }', P)
gql('nul_in_argument', 'a NUL byte in an argument', '{ actor(name: "Pes\x00kov") { id } }', None)
write('nul_raw_in_json', 'a raw NUL byte inside a JSON string', '{"query": "{ articles {% nul %} { id } }"}', want='BAD_REQUEST')
gql('nul_in_variable', 'a NUL byte in a variable', 'query($q: String!) { search(query: $q) { id } }', T, variables={'q': 'Pes\u0000kov'})
write('nul_in_json_key', 'a NUL byte in a JSON key', '{"que\\u0000ry": "{ articles { id } }"}', want=None)
gql('nul_only_search', 'a search for NUL bytes only', 'query($q: String!) { search(query: $q) { id } }', T, variables={'q': '\u0000' * 100})
write('nul_ingest_text', 'an article of NUL bytes, with the token', json.dumps({'query': 'mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { facts } }', 'variables': {'in': {'text': '\u0000' * 5000}}}), headers=auth, want=T)

# --- writes and tokens
gql('mutation_no_token', 'a mutation without the token', 'mutation { deleteArticle(id: "002_9ec77467a9b90fea") { removedQuads } }', 'UNAUTHENTICATED')
gql('mutation_wrong_token', 'a mutation with a wrong token', 'mutation { deleteArticle(id: "002_9ec77467a9b90fea") { removedQuads } }', 'UNAUTHENTICATED', headers={'Content-Type': 'application/json', 'Authorization': 'Bearer guess-guess-guess-guess'})
gql('mutation_huge_token', 'a token of 60 kB', 'mutation { deleteArticle(id: "002_9ec77467a9b90fea") { removedQuads } }', 'UNAUTHENTICATED', headers={'Content-Type': 'application/json', 'Authorization': 'Bearer {% repeat "t" 60000 %}'})
gql('mutation_hidden_in_fragment', 'a query and a mutation, naming the mutation, without the token', 'query A { articles { id } } mutation B { deleteArticle(id: "002_9ec77467a9b90fea") { removedQuads } }', 'UNAUTHENTICATED', op='B')
gql('mutation_empty_article', 'an empty article, with the token', 'mutation { ingestArticle(input: {text: ""}) { facts } }', T, headers=auth)
gql('mutation_bad_date', 'an article with a date that is not one, with the token', 'mutation { ingestArticle(input: {text: "Varga said talks would resume.", date: "2031-13-45"}) { facts } }', T, headers=auth)
gql('mutation_delete_missing', 'deleting an article that does not exist, with the token', 'mutation { deleteArticle(id: "{% repeat "x" 10000 %}") { removedQuads } }', 'NOT_FOUND', headers=auth)
gql('mutation_reject_garbage', 'rejecting a relation id that is garbage, with the token', 'mutation { rejectRelation(id: "edge:|||", by: "desk") { id } }', None, headers=auth)
gql('mutation_merge_self', 'merging an actor into itself, with the token', 'mutation { mergeActors(keep: "Peskov", merge: "Peskov", by: "desk") { id } }', T, headers=auth)
gql('mutation_review_no_reviewer', 'a review by nobody, with the token', 'mutation { confirmRelation(id: "edge:person:dmitry-peskov|spokesperson_for|person:vladimir-putin", by: "") { id } }', None, headers=auth)
gql('mutation_undo_garbage', 'undoing a review that does not exist, with the token', 'mutation { undoReview(id: "review:{% nul %}", by: "desk") { id } }', None, headers=auth)
gql('mutation_alias_flood', '500 aliased deletes, with the token', 'mutation($id: ID!) { {% aliases 500 "deleteArticle(id: $id) { removedQuads }" %} }', None, headers=auth, variables={'id': 'nope'})
gql('subscription_over_post', 'a subscription over plain POST', 'subscription { graphChanged { kind } }', None)

# --- /export, the other read endpoint
E = lambda q: '/export?' + q
write('export_unknown_format', 'an export format that does not exist', '', method='GET', path=E('format=exe'), headers={}, want='BAD_USER_INPUT')
write('export_depth_huge', 'a neighborhood export of depth 99', '', method='GET', path=E('format=gexf&actor=Peskov&depth=99'), headers={}, want='BAD_USER_INPUT')
write('export_limit_huge', 'an export of a billion nodes', '', method='GET', path=E('format=gexf&actor=Peskov&limit=1000000000'), headers={}, want='BAD_USER_INPUT')
write('export_actor_unknown', 'a neighborhood of nobody', '', method='GET', path=E('format=cytoscape&actor=Nobody%20Whatsoever'), headers={}, want='NOT_FOUND')
write('export_actor_huge', 'a neighborhood of a 20 kB name', '', method='GET', path=E('format=gexf&actor={% repeat "A" 20000 %}'), headers={}, want=None)
write('export_bad_date', 'an export since a date that is not one', '', method='GET', path=E('format=csv&since=yesterday'), headers={}, want='BAD_USER_INPUT')
write('export_bad_min_articles', 'minArticles that is not a number', '', method='GET', path=E('format=graphml&minArticles=lots'), headers={}, want='BAD_USER_INPUT')
write('export_nul_actor', 'a NUL byte in the actor', '', method='GET', path=E('format=gexf&actor=Pes%00kov'), headers={}, want=None)
write('export_post', 'an export by POST', 'format=csv', method='POST', path=E('format=csv'), headers={'Content-Type': 'application/x-www-form-urlencoded'}, want=None)
