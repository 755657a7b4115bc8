import { NotFoundPage } from "@/components/site/not-found-page";

// A staff page that is not there (a record deleted, a mistyped address): in the staff frame.
export default NotFoundPage;
