export default defineBackground(() => {
  // Wired up in issue 3.
});
