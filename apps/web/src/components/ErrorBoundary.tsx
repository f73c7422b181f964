import { Component, type ReactNode } from 'react';

/**
 * Catches what a page throws while rendering, above all a lazy page chunk that no longer exists
 * on the server after an update, and shows `fallback` instead of a blank screen.
 */
export class ErrorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
