"use client";
// The file field of a resource's upload form: a file over the limit is refused at once, beside
// the field, before it travels; what the server refused (`?fileError=…`) shows there too.
import { useState } from "react";
import { FieldError } from "@/components/ui/choice-fields";
import { msg, type Msg } from "@/lib/message";
import { DOCUMENT_EXTENSIONS } from "@/lib/storage/keys";
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_MEGABYTES } from "@/lib/storage/limits";

const ACCEPT = DOCUMENT_EXTENSIONS.map((e) => `.${e}`).join(",");
const TOO_BIG = msg("staff.resources.file.tooBig", { megabytes: MAX_DOCUMENT_MEGABYTES });

export function DocumentFileInput({ id, label, hint, error }: { id: string; label: string; hint: string; error: Msg | null }) {
  const [tooBig, setTooBig] = useState(false);
  const shown = tooBig ? TOO_BIG : error;
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-stone-900">{label}</label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">{hint}</p>
      <input
        id={id}
        type="file"
        name="file"
        accept={ACCEPT}
        required
        aria-invalid={shown ? true : undefined}
        aria-describedby={[`${id}-hint`, shown ? errorId : ""].filter(Boolean).join(" ")}
        onChange={(e) => {
          const file = e.target.files?.[0];
          const big = Boolean(file && file.size > MAX_DOCUMENT_BYTES);
          setTooBig(big);
          if (big) e.target.value = "";
        }}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-stone-900 ${shown ? "border-red-700" : "border-stone-400"}`}
      />
      <FieldError id={errorId} errors={shown ? [shown] : undefined} />
    </div>
  );
}
