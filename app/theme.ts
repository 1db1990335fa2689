/** `?theme=light|dark` overrides the reader's colour scheme (a host page may want to match its own). */
export function applyThemeFromUrl(search = location.search, root = document.documentElement): void {
  const theme = new URLSearchParams(search).get('theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
}
