// @next/mdx requires this file at the project root; the components live in components/.
export { useMDXComponents } from '@/components/mdx/mdx-components';
