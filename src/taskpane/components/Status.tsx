import { Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from "@fluentui/react-components";
import type { PaneMessage } from "../logic/messages";

export function Status({ busy, message }: { busy: string | null; message: PaneMessage | null }) {
  return (
    <>
      {busy && (
        <Field validationMessage={busy} validationState="none">
          <ProgressBar aria-label={busy} />
        </Field>
      )}
      {message && <Message message={message} />}
    </>
  );
}

export function Message({ message, action }: { message: PaneMessage; action?: React.ReactNode }) {
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        {message.lines && message.lines.length > 0 && (
          <ul className="chiso-lines">
            {message.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        )}
        {action}
      </MessageBarBody>
    </MessageBar>
  );
}
