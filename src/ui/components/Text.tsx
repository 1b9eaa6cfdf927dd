// The UI's one Text: every string it draws passes through safeText on the way, so text from a
// scenario file (forum and delegation names, ids, rung texts, reasons, problems) shows its control
// characters escaped and can never set the window title or clear the screen. Components import
// Text from here, never from ink (test/ui/safeText.test.tsx checks).
import { Text as InkText, type TextProps } from 'ink';
import { Children, type ReactNode } from 'react';
import { safeText } from '../../present/safeText.js';

function safeChildren(children: ReactNode): ReactNode {
  if (typeof children === 'string') return safeText(children);
  return Children.map(children, (child) => (typeof child === 'string' ? safeText(child) : child));
}

export function Text({ children, ...props }: TextProps) {
  return <InkText {...props}>{safeChildren(children)}</InkText>;
}
