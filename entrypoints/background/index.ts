export default defineBackground(() => {
  // Composition root: features register their listeners here.
});
