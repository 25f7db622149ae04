/** Departments typed as one line, separated by commas (either width) or 、. */
export function parseDepartments(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、]/)
        .map((name) => name.trim())
        .filter((name) => name !== ''),
    ),
  ];
}

export function departmentsText(departments: string[]): string {
  return departments.join(',');
}
