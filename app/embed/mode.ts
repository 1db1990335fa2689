/** The embed view (embed.html, or any page with `?embed`): map and panel only, sized by its content. */
export function isEmbed(root = document.documentElement, search = location.search): boolean {
  return root.hasAttribute('data-embed') || new URLSearchParams(search).has('embed');
}
