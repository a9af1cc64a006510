// What a Vue project's env.d.ts says, so plain `tsc` reads the test app's entry; vue-tsc reads the component itself.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
