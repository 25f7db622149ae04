/**
 * Keeps one broken widget from taking the page down: the widget is replaced by a short notice
 * with a retry, and everything around it stays usable. React itself reports the error.
 */
import { Component, type ReactNode } from 'react';
import { WidgetErrorNotice } from './WidgetErrorNotice';

interface WidgetErrorBoundaryProps {
  children: ReactNode;
  /** Called before the widget is tried again, e.g. to fetch its code afresh. */
  onRetry?: () => void;
}

interface WidgetErrorBoundaryState {
  failed: boolean;
}

export class WidgetErrorBoundary extends Component<WidgetErrorBoundaryProps, WidgetErrorBoundaryState> {
  override state: WidgetErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): WidgetErrorBoundaryState {
    return { failed: true };
  }

  override render(): ReactNode {
    if (this.state.failed) {
      const retry = () => {
        this.props.onRetry?.();
        this.setState({ failed: false });
      };
      return <WidgetErrorNotice onRetry={retry} />;
    }
    return this.props.children;
  }
}
