import { cx } from "./cx";

export type StepperProps = {
  steps: string[];
  /** Current step, from 1 (« Étape 2 sur 4 » is current = 2). */
  current: number;
  headingLevel?: 2 | 3;
  className?: string;
};

/**
 * DSFR « indicateur d'étapes »: title of the current step, « Étape X sur N », a segmented bar and
 * the next step's title. The bar repeats the text for the eye only.
 */
export function Stepper({ steps, current, headingLevel = 2, className }: StepperProps) {
  const total = steps.length;
  const index = Math.min(Math.max(1, current), total);
  const Heading = `h${headingLevel}` as const;
  const next = steps[index];
  return (
    <div className={cx("mb-8", className)}>
      <Heading className="m-0 text-xl leading-8 font-bold md:text-2xl">
        {steps[index - 1]}
        <span className="mt-1 block text-sm leading-6 font-normal text-grey-425">
          Étape {index} sur {total}
        </span>
      </Heading>
      <div aria-hidden="true" className="mt-3 mb-3 flex gap-1.5">
        {steps.map((step, i) => (
          <span key={`${i}-${step}`} className={cx("h-1.5 flex-1", i < index ? "bg-blue-france" : "bg-grey-950")} />
        ))}
      </div>
      {next && (
        <p className="m-0 text-xs text-grey-425">
          <span className="font-bold">Étape suivante :</span> {next}
        </p>
      )}
    </div>
  );
}
