"use client";

import { useState } from "react";
import { Select } from "@/components/ui/field";
import { listDepartments, listRegions } from "@/lib/core/geo/territories";

type Props = { region: string | null; department: string | null };

// The official lists, bundled with this component rather than sent in every page's payload.
const regions = listRegions();
const departments = listDepartments();

/**
 * Région and département. Without JavaScript both lists are plain selects (the server drops a
 * département outside the chosen région); with it, the département list follows the région.
 */
export function TerritorySelects({ region: initialRegion, department: initialDepartment }: Props) {
  const [region, setRegion] = useState(initialRegion ?? "");
  const [department, setDepartment] = useState(initialDepartment ?? "");
  const regionName = new Map(regions.map((r) => [r.code, r.name]));
  const shown = region ? departments.filter((d) => d.regionCode === region) : departments;
  const groups = region ? [{ code: region, items: shown }] : regions.map((r) => ({ code: r.code, items: shown.filter((d) => d.regionCode === r.code) }));

  return (
    <>
      <Select
        label="Région"
        name="region"
        placeholder="Toutes les régions"
        value={region}
        onChange={(event) => {
          const next = event.target.value;
          setRegion(next);
          if (next && departments.find((d) => d.code === department)?.regionCode !== next) setDepartment("");
        }}
        options={regions.map((r) => ({ value: r.code, label: r.name }))}
      />
      <Select
        label="Département"
        name="departement"
        placeholder="Tous les départements"
        value={department}
        onChange={(event) => setDepartment(event.target.value)}
      >
        {groups.map((group) =>
          group.items.length === 0 ? null : region ? (
            group.items.map((d) => (
              <option key={d.code} value={d.code}>
                {`${d.code} – ${d.name}`}
              </option>
            ))
          ) : (
            <optgroup key={group.code} label={regionName.get(group.code) ?? group.code}>
              {group.items.map((d) => (
                <option key={d.code} value={d.code}>
                  {`${d.code} – ${d.name}`}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </Select>
    </>
  );
}
