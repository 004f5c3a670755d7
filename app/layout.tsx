import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { NavigationFeedback } from "@/components/layout/navigation-feedback";
import { marianne } from "./fonts/marianne";
import "./globals.css";

const SERVICE_NAME = "Service sanitaire des étudiants en santé";

export const metadata: Metadata = {
  title: { template: `%s | ${SERVICE_NAME}`, default: SERVICE_NAME },
  description:
    "Plateforme du service sanitaire des étudiants en santé : les structures d'accueil publient leurs offres d'actions de prévention, les agences régionales de santé les valident et les étudiants les consultent.",
  applicationName: SERVICE_NAME,
};

export const viewport: Viewport = {
  themeColor: "#000091",
};

// No session is read here: the public pages must stay static and cacheable. Logged-in spaces
// load the user in their own layouts and render AppShell.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr" className={marianne.variable}>
      <body className="flex min-h-screen flex-col">
        <a href="#contenu" className="sr-only bg-white px-4 py-2 font-medium focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50">
          Aller au contenu
        </a>
        <NavigationFeedback />
        {children}
      </body>
    </html>
  );
}
