using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HybridChat.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JobsOutboxPresenceNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedUntil",
                table: "OutboxEmails",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextBody",
                table: "OutboxEmails",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "EmailedAt",
                table: "Memberships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EmailedUpToMessageId",
                table: "Memberships",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "EmailMissedMessages",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "OnlineUntil",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OnlineUntil",
                table: "AspNetUsers",
                column: "OnlineUntil");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_OnlineUntil",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ClaimedUntil",
                table: "OutboxEmails");

            migrationBuilder.DropColumn(
                name: "TextBody",
                table: "OutboxEmails");

            migrationBuilder.DropColumn(
                name: "EmailedAt",
                table: "Memberships");

            migrationBuilder.DropColumn(
                name: "EmailedUpToMessageId",
                table: "Memberships");

            migrationBuilder.DropColumn(
                name: "EmailMissedMessages",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "OnlineUntil",
                table: "AspNetUsers");
        }
    }
}
