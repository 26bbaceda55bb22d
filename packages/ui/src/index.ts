export { cn } from "./cn";
export { Button, buttonVariants, type ButtonProps } from "./components/button";
export {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "./components/card";
export { EmptyState, type EmptyStateProps } from "./components/empty-state";
export { PageHeader, type PageHeaderProps } from "./components/page-header";
export { brandColorStyle, type BrandStyle } from "./brand-color";
