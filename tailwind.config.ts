import type { Config } from "tailwindcss";

// Tokens of the French State design system (DSFR 1.14, light theme). Each text/background pair
// used by the components is at least 4.5:1 (WCAG 2.1 AA); the values come from the DSFR palette
// rather than Tailwind's, so that the platform reads as a State service at first glance.
const config = {
  theme: {
    extend: {
      colors: {
        "blue-france": {
          DEFAULT: "#000091", // 14.9:1 on white
          hover: "#1212ff",
          active: "#2323ff",
          525: "#6a6af4",
          850: "#cacafb",
          925: "#e3e3fd",
          950: "#ececfe",
          975: "#f5f5fe",
        },
        "red-marianne": {
          DEFAULT: "#e1000f", // 4.99:1 on white: decoration and large text only in practice
          425: "#c9191e",
          950: "#fee9e9",
          975: "#fef4f4",
        },
        // DSFR greys are named by lightness (50 = darkest). Body text is 200, secondary text 425.
        grey: {
          50: "#161616",
          200: "#3a3a3a",
          425: "#666666", // 5.7:1 on white, the lightest grey allowed for text
          625: "#929292", // borders and disabled text only (3.1:1)
          850: "#cecece",
          900: "#dddddd",
          925: "#e5e5e5",
          950: "#eeeeee",
          975: "#f6f6f6",
        },
        success: { DEFAULT: "#18753c", 950: "#b8fec9", 975: "#dffee6" },
        error: { DEFAULT: "#ce0500", hover: "#a60400", 950: "#ffe9e9", 975: "#fff4f4" },
        info: { DEFAULT: "#0063cb", 950: "#e8edff", 975: "#f4f6ff" },
        warning: { DEFAULT: "#b34000", 950: "#ffe9e6", 975: "#fff4f3" },
        // The DSFR focus colour: 4.3:1 on white, above the 3:1 needed for a focus indicator.
        focus: "#0a76f6",
      },
      fontFamily: {
        sans: ["var(--font-marianne)", "arial", "sans-serif"],
      },
      // DSFR type scale (size, line height), mobile-first; headings step up at md in globals.css.
      fontSize: {
        xs: ["0.75rem", "1.25rem"],
        sm: ["0.875rem", "1.5rem"],
        base: ["1rem", "1.5rem"],
        lg: ["1.125rem", "1.75rem"],
        xl: ["1.25rem", "2rem"],
        "2xl": ["1.5rem", "2rem"],
        "3xl": ["1.75rem", "2.25rem"],
        "4xl": ["2rem", "2.5rem"],
        "5xl": ["2.5rem", "3rem"],
      },
      outlineColor: { focus: "#0a76f6" },
      outlineOffset: { focus: "2px" },
      boxShadow: {
        // DSFR raised surfaces (header, cards on hover, dialogs).
        raised: "0 2px 6px 0 rgb(0 0 18 / 16%)",
        overlap: "0 6px 18px 0 rgb(0 0 18 / 16%)",
      },
    },
  },
} satisfies Config;

export default config;
