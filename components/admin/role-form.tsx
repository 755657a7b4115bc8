"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import { Role } from "@/lib/generated/prisma/enums";
import { changeUserRoleAction } from "@/lib/users/actions";

export function RoleForm({ userId, role, name }: { userId: string; role: string; name: string }) {
  const roles = useTranslations("account.roles");
  const [state, action] = useActionState(changeUserRoleAction, initialFormState);
  const id = `role-${userId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={id} className="sr-only">Role of {name}</label>
      <select id={id} name="role" defaultValue={role} className="rounded-md border border-stone-400 bg-white px-2 py-1">
        {Object.values(Role).map((value) => (
          <option key={value} value={value}>
            {roles(value)}
          </option>
        ))}
      </select>
      <SubmitButton pendingLabel="Saving…">Change</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
