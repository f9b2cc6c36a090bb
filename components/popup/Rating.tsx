const VALUES = [1, 2, 3, 4, 5] as const;

/** A 1–5 choice as a radio group; choosing the chosen value again clears it (every rating is optional). */
export function Rating({
  legend,
  name,
  value,
  onChange,
  low,
  high,
}: {
  legend: string;
  name: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  low: string;
  high: string;
}) {
  return (
    <fieldset class="rating">
      <legend>{legend}</legend>
      <div class="rating-scale">
        <span class="muted" aria-hidden="true">
          {low}
        </span>
        {VALUES.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onClick={() => value === option && onChange(undefined)}
              onChange={() => onChange(option)}
            />
            <span>{option}</span>
            {option === 1 && <span class="visually-hidden">{low}</span>}
            {option === 5 && <span class="visually-hidden">{high}</span>}
          </label>
        ))}
        <span class="muted" aria-hidden="true">
          {high}
        </span>
      </div>
    </fieldset>
  );
}
