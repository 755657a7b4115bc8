"use client";
import { createContext, useContext } from "react";

// The root layout reads the request id set by proxy.ts and hands it down, so the error
// boundary can show the reference that the server logs carry.
const RequestIdContext = createContext<string | undefined>(undefined);

export function RequestIdProvider({ value, children }: { value: string | undefined; children: React.ReactNode }) {
  return <RequestIdContext value={value}>{children}</RequestIdContext>;
}

export const useRequestId = () => useContext(RequestIdContext);
