/** Modules imported as `…?chunk-url` give the URL of their bundled chunk (src/integrations/chunkUrl.ts). */
declare module '*?chunk-url' {
  const url: string;
  export default url;
}
