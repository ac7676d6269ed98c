/** The bench worker's bundled source (match-worker.ts), provided by bench-bundle.ts. */
declare module 'bench:match-worker' {
  const code: string;
  export default code;
}
