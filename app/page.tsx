export default function HomePage() {
  return <h1 className="p-8 text-3xl font-bold">European Creative Hubs Network</h1>;
}
