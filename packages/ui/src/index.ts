export { cn } from "./cn";
export { brandColorStyle, type BrandStyle } from "./brand-color";

export { Button, buttonVariants, type ButtonProps } from "./components/button";
export { Badge, badgeVariants, type BadgeProps } from "./components/badge";
export { Avatar, type AvatarProps } from "./components/avatar";
export { initialsOf } from "./components/initials";
export {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "./components/card";
export { EmptyState, type EmptyStateProps } from "./components/empty-state";
export { PageNav, type PageNavProps } from "./components/page-nav";
export { PageHeader, type PageHeaderProps } from "./components/page-header";
export { Skeleton } from "./components/skeleton";
export { KpiCard, type KpiCardProps } from "./components/kpi-card";
export { describeChange, type KpiChange, type ChangeDirection } from "./components/kpi-change";

// Forms
export { Label } from "./components/label";
export { Input } from "./components/input";
export { Textarea } from "./components/textarea";
export { Select } from "./components/select";
export { FormField, FormErrors, type FormFieldProps } from "./components/form-field";
export { fieldErrorsFor, type FlattenedErrors } from "./components/field-errors";

// Overlays and feedback
export {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "./components/dialog";
export {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "./components/dropdown-menu";
export { Toaster, toast } from "./components/toaster";

// Data
export {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  type TableProps,
} from "./components/table";
export {
  DataTable,
  type DataTableColumn,
  type DataTableProps,
  type DataTableSort,
} from "./components/data-table";
export { readListParams, writeListParams, type ListParams } from "./components/data-table-url";

// Shells
export { AppShell, type AppShellProps } from "./components/app-shell";
export { NavLink, NavSection, type NavLinkProps } from "./components/nav-link";
export { isActivePath } from "./components/active-path";
export { ShellHeader, type ShellHeaderProps } from "./components/shell-header";
export {
  ImpersonationBanner,
  type ImpersonationBannerProps,
} from "./components/impersonation-banner";

// Charts (recharts) with KES formatting and a table alternative
export * from "./charts";
