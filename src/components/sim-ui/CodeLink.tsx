/** An issue code linked to its section in the issue-code reference. */
import React from 'react';
import { docsUrlFor } from '@site/src/allegro/codes';

export function CodeLink({ code }: { code: string | undefined }) {
  if (!code) return <>—</>;
  return (
    <a href={docsUrlFor(code)}>
      <code>{code}</code>
    </a>
  );
}
