// The view's state lives in the URL hash, so a view can be shared or
// bookmarked: #actor=Dmitry+Peskov,Kremlin&depth=2&predicates=said&types=PERSON,...

export const TYPES = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'PLACE', 'EVENT', 'STATEMENT', 'AGREEMENT', 'ARTICLE'];

const list = (v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);

export function readState(hash = location.hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const depth = Number(p.get('depth')) === 2 ? 2 : 1;
  const types = p.has('types') ? list(p.get('types')).filter((t) => TYPES.includes(t)) : TYPES.filter((t) => t !== 'ARTICLE');
  return {
    actors: list(p.get('actor')),
    depth,
    predicates: list(p.get('predicates')),
    types,
    since: p.get('since') || '',
    until: p.get('until') || '',
    select: p.get('select') || '',
    from: p.get('from') || '',
    to: p.get('to') || '',
  };
}

export function writeState(s) {
  const p = new URLSearchParams();
  if (s.actors.length) p.set('actor', s.actors.join(','));
  if (s.depth !== 1) p.set('depth', String(s.depth));
  if (s.predicates.length) p.set('predicates', s.predicates.join(','));
  p.set('types', s.types.join(','));
  for (const k of ['since', 'until', 'select', 'from', 'to']) if (s[k]) p.set(k, s[k]);
  return '#' + p.toString().replaceAll('%2C', ',');
}
