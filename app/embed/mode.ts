import { builtAsEmbed, useAfterHydration } from '../built.tsx';

/** The embed view (embed.html, or any page with `?embed`): map and panel only, sized by its content. */
export function isEmbed(root = document.documentElement, search = location.search): boolean {
  return root.hasAttribute('data-embed') || new URLSearchParams(search).has('embed');
}

const embedHere = () => isEmbed();

/** The embed view, for rendering: as the page was built while it hydrates, then this page's. */
export function useEmbed(): boolean {
  return useAfterHydration(embedHere, builtAsEmbed);
}
