/** Which customer's profile is open; any view can open one through the workbench. */
export class CustomerProfileState {
  customerId = $state<string | null>(null);

  open(customerId: string): void {
    this.customerId = customerId;
  }

  close(): void {
    this.customerId = null;
  }
}
