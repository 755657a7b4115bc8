import { NotFoundPage } from "@/components/site/not-found-page";

export default NotFoundPage;
