'use client';
// Element ids for one form, so several forms can share a page (a page's own form and the footer's
// newsletter sign-up) without two controls claiming the same id.
import { createContext, useContext } from 'react';

const Scope = createContext('field');

// Wraps a form whose ids must not clash with another form's on the same page.
export function FormScope({ prefix, children }: { prefix: string; children: React.ReactNode }) {
  return <Scope.Provider value={prefix}>{children}</Scope.Provider>;
}

// The id of a form part: "field-email" by default, "<prefix>-email" inside <FormScope>.
export function useFormId(part: string): string {
  return `${useContext(Scope)}-${part}`;
}
