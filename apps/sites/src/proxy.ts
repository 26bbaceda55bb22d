import { NextResponse, type NextRequest } from "next/server";
import { env } from "./env";
import { routeSiteRequest } from "./routing";

/** Routes every request by its host: a business's site, its dashboard, or nothing. */
export function proxy(request: NextRequest) {
  const route = routeSiteRequest(request.headers.get("host"), request.nextUrl.pathname, {
    rootDomain: env.ROOT_DOMAIN,
    webOrigin: env.WEB_ORIGIN,
  });
  switch (route.type) {
    case "rewrite": {
      const url = request.nextUrl.clone();
      url.pathname = route.pathname;
      return NextResponse.rewrite(url);
    }
    case "redirect":
      return NextResponse.redirect(route.url);
    case "not-found": {
      // A path no route serves, so Next renders the app's not-found page with a 404 status.
      const url = request.nextUrl.clone();
      url.pathname = "/no-site-here";
      return NextResponse.rewrite(url);
    }
  }
}

export const config = {
  // Build assets are the same for every host; everything else is routed.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
