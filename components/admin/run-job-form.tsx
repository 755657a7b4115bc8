"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import { runJobNowAction } from "@/lib/jobs/actions";

export function RunJobForm({ name, label }: { name: string; label: string }) {
  const [state, action] = useActionState(runJobNowAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="name" value={name} />
      <SubmitButton pendingLabel="Running…">Run “{label}” now</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
