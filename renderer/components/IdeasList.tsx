/** The union-support ideas given for a channel, one item each; nothing when there are none. */
export function IdeasList({ ideas, channelName, className }: { ideas: readonly string[]; channelName: string; className: string }) {
  if (ideas.length === 0) return null;
  return (
    <ul className={className} aria-label={`How the union could support ${channelName}`}>
      {ideas.map((idea) => (
        <li key={idea}>{idea}</li>
      ))}
    </ul>
  );
}
