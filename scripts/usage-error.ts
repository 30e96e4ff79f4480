/** The usage-error exit shared by the editorial commands: the message, the usage, exit code 2. */
export function usageErrorFor(usage: string): (message: string) => never {
  return (message) => {
    console.error(`${message}\n${usage}`);
    process.exit(2);
  };
}
