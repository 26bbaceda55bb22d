import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "../cn";
import { initialsOf } from "./initials";

const avatarVariants = cva(
  "inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full bg-primary/10 font-semibold text-primary select-none",
  {
    variants: {
      size: { sm: "size-8 text-xs", md: "size-10 text-sm", lg: "size-14 text-lg" },
    },
    defaultVariants: { size: "md" },
  },
);

export interface AvatarProps extends VariantProps<typeof avatarVariants> {
  /** The person's or business's name: read out, and the source of the initials. */
  name: string;
  /** A picture, when there is one; the initials show otherwise. */
  imageUrl?: string | null;
  /** Set when the name is already written beside the avatar, so it is not read twice. */
  decorative?: boolean;
  className?: string;
}

export function Avatar({ name, imageUrl, decorative = false, size, className }: AvatarProps) {
  const label = decorative ? undefined : name;
  return (
    <span
      role={decorative ? undefined : "img"}
      aria-label={label}
      aria-hidden={decorative || undefined}
      className={cn(avatarVariants({ size }), className)}
    >
      {imageUrl ? (
        // The wrapper carries the name, so the picture itself is decorative (empty alt).
        <img src={imageUrl} alt="" className="size-full object-cover" />
      ) : (
        initialsOf(name)
      )}
    </span>
  );
}
