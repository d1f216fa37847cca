/**
 * Saves `text` as a file named `name`, made in this browser (nothing is sent anywhere). Kept with the teachers'
 * islands rather than in islands/shared, whose modules ride in the chunk every island loads.
 */
export function downloadFile(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
