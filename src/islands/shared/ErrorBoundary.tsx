import { Component, type ComponentChildren } from 'preact';
import { ACTIVITY_WORDS, type ActivityKind } from '../../lib/activities';

interface Props {
  activity: ActivityKind;
  /** What stays on the page if the interactive part fails: the readable, server-rendered content. */
  fallback?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * If the island throws at run time, the learner keeps the readable content and a short, honest message
 * instead of a blank space. The error still reaches the console for whoever investigates.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  override componentDidCatch(error: unknown) {
    console.error(`The interactive ${ACTIVITY_WORDS[this.props.activity].name} stopped working:`, error);
    this.setState({ failed: true });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const words = ACTIVITY_WORDS[this.props.activity];
    return (
      <div class="quiz">
        <p class="quiz-notice" role="alert">
          Sorry, the interactive {words.name} stopped working. {words.stillReadable}; reloading the page may bring it back.
        </p>
        {this.props.fallback}
      </div>
    );
  }
}
