import { EmptyStatic } from './PlaybackLog.js';
import { Text } from './Text.js';
import { Component, Fragment, type ReactNode } from 'react';

/** Shows a one-line message instead of a stack trace if rendering ever fails. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { message: string | null }> {
  override state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.message)
      return (
        <Fragment>
          {/* The app's tree and its <Static> go: Ink must not keep drawing the freed one. */}
          <EmptyStatic />
          <Text color="red">{`forum-sim UI error: ${this.state.message} (press Ctrl-C to exit)`}</Text>
        </Fragment>
      );
    return this.props.children;
  }
}
