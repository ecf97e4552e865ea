import { Component, type ReactNode } from 'react';

interface Props {
  /** what failed, in words the reader understands: "the figure for section 3" */
  what: string;
  children: ReactNode;
}

/** A figure that throws shows a message in its place; the prose and other figures carry on. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="figure-error" role="alert">
        <p>
          Something went wrong drawing {this.props.what}: {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
