import type { ReactNode } from "react";
import { AppShell, ShellHeader } from "@aizalo/ui";
import { ShellNav, type ShellNavItem } from "./shell-nav";
import { UserMenu, type UserMenuProps } from "./user-menu";

export interface ShellFrameProps {
  brand: ReactNode;
  /** Where the person is working: "Admin", "Sales", the business's name and industry. */
  title: ReactNode;
  navigationLabel: string;
  navigation: readonly ShellNavItem[];
  person: UserMenuProps;
  banner?: ReactNode;
  children: ReactNode;
}

/** The kit's AppShell with our navigation and user menu: one frame for all three apps. */
export function ShellFrame({
  brand,
  title,
  navigationLabel,
  navigation,
  person,
  banner,
  children,
}: ShellFrameProps) {
  const userMenu = <UserMenu {...person} />;
  return (
    <AppShell
      brand={brand}
      navigationLabel={navigationLabel}
      navigation={<ShellNav items={navigation} />}
      header={<ShellHeader title={title} userMenu={userMenu} />}
      mobileBar={
        <>
          <div className="min-w-0 truncate text-sm font-medium text-foreground">{title}</div>
          {userMenu}
        </>
      }
      banner={banner}
    >
      {children}
    </AppShell>
  );
}
