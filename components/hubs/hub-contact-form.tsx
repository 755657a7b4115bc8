import { ClientMessages } from "@/components/i18n/client-messages";
import { HubContactFormClient, type HubContactFormProps } from "@/components/hubs/hub-contact-form-client";

/** The form that writes to a hub through its page, with its words and its answers. */
export function HubContactForm(props: HubContactFormProps) {
  return (
    <ClientMessages only={["hubManagement.contact.form", "hubManagement.contact.sent", "hubManagement.contact.errors", "contact.errors"]}>
      <HubContactFormClient {...props} />
    </ClientMessages>
  );
}
