export default function work(): null {
  return null;
}
