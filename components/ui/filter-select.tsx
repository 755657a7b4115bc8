const control = "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900";

/** One select of a GET filter form: "any" first, then the options; its name is the address's query key. */
export function FilterSelect({ name, label, value, options, any }: { name: string; label: string; value?: string | undefined; options: readonly { value: string; label: string }[]; any: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-medium text-stone-900">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
