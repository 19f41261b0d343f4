// scrollama's ES module source has no types of its own; it is the same API as the package's main.
declare module 'scrollama/src/entry.js' {
  import scrollama from 'scrollama';
  export default scrollama;
}
