import { Migration } from '@mikro-orm/migrations';

/**
 * Dated renames (issue #12 §4): a former name's first day, `used_from`. Rows written before carry
 * only their last day; each is taken to start the day after the organisation's previous former
 * name ended (by last day, then id), the first one on the founding day. Two renames of one day
 * written before this (both ending the day before) leave the earlier with an empty range: it was
 * carried no whole day, and search still finds it.
 */
export class Migration20261203073600 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`organization_former_name\` add column \`used_from\` date not null default '0001-01-01';`);
    this.addSql(`update \`organization_former_name\` set \`used_from\` = coalesce(
      (select date(max(p.used_until), '+1 day') from organization_former_name p
        where p.organization_id = organization_former_name.organization_id
          and (p.used_until < organization_former_name.used_until or (p.used_until = organization_former_name.used_until and p.id < organization_former_name.id))),
      (select o.founded_on from organization o where o.id = organization_former_name.organization_id));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`organization_former_name\` drop column \`used_from\`;`);
  }

}
