import { Component, type ErrorInfo, type ReactNode } from 'react';
import { store } from './state/store.ts';

interface Props {
  /** What this part is, for the message: "The map", "The panel". */
  part: string;
  children: ReactNode;
}

/**
 * Keeps a failure in one part of the page (the map, the panel, the article) in that part:
 * the rest keeps working, the reader sees what failed and can try again. Nothing is thrown
 * to the host page.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    store.getState().reportProblem(`${this.props.part} failed: ${error.message}`);
    if (import.meta.env.DEV) console.warn(info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="part-error" role="alert" data-part-error={this.props.part}>
        <p>
          {this.props.part} could not be shown ({this.state.error.message}).
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
