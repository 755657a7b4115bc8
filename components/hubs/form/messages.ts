// The parts of the catalogue the hub form shows in the browser (its pages pass them to
// ClientMessages): its fields, the place picker, the likely duplicates with "ask to manage
// it", the preview, and the answers of its actions.
export const HUB_FORM_MESSAGES = [
  "hubForms.form",
  "hubForms.location",
  "hubForms.duplicates",
  "hubForms.preview",
  "hubForms.saved",
  "hubForms.errors",
  "hubManagement.askToManage",
  "hubs.taxonomy",
] as const;
