// MQTT topic filter matching (MQTT 3.1.1 section 4.7): `+` matches one level, a trailing `#`
// matches the rest (including the parent level itself). Topics starting with `$` are not matched
// by a filter starting with a wildcard. The external bus dispatches incoming messages with it,
// since the broker tells a client only the topic, not which of its subscriptions matched.
export function topicMatches(filter: string, topic: string): boolean {
  if (topic.startsWith('$') && (filter.startsWith('+') || filter.startsWith('#'))) return false;
  const f = filter.split('/');
  const t = topic.split('/');
  for (let i = 0; i < f.length; i++) {
    const level = f[i];
    if (level === '#') return i === f.length - 1;
    if (i >= t.length) return false;
    if (level !== '+' && level !== t[i]) return false;
  }
  return f.length === t.length;
}
